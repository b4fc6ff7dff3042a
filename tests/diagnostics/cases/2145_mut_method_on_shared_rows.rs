//! mistake: applied an in-place `&mut self` currency conversion while iterating rows by shared reference
//! offending: r.apply_fx(rate)
//! category: ownership
use comprehensions::comp;

struct Payment {
    amount: f64,
    currency: &'static str,
}

impl Payment {
    fn apply_fx(&mut self, rate: f64) -> f64 {
        self.amount *= rate;
        self.currency = "USD";
        self.amount
    }
}

fn main() {
    let mut payments = vec![
        Payment { amount: 100.0, currency: "EUR" },
        Payment { amount: 20.0, currency: "EUR" },
    ];
    let rate = 1.09;
    // Python: usd = [p.apply_fx(rate) for p in payments]
    let usd: Vec<f64> = comp![r.apply_fx(rate) for r in &payments];
    payments.retain(|p| p.currency == "USD");
    println!("{usd:?} {}", payments.len());
}
