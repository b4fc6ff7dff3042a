//! mistake: applied an in-place `&mut self` currency conversion while iterating rows by shared reference
//! offending: r.apply_fx(rate)
//! category: ownership

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
    let mut usd: Vec<f64> = Vec::new();
    for r in &payments {
        usd.push(r.apply_fx(rate));
    }
    payments.retain(|p| p.currency == "USD");
    println!("{usd:?} {}", payments.len());
}
