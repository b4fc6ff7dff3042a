//! mistake: wrote `if let Some(d) == r.discount`, `==` instead of `=`
//! offending: ==
//! category: syntax

struct Booking {
    nightly_rate: f64,
    nights: u32,
    discount: Option<f64>,
}

fn main() {
    let bookings = vec![
        Booking { nightly_rate: 120.0, nights: 3, discount: Some(0.15) },
        Booking { nightly_rate: 90.0, nights: 1, discount: None },
    ];
    let mut discounted: Vec<f64> = Vec::new();
    for r in &bookings {
        if let Some(d) == r.discount {
            discounted.push(r.nightly_rate * r.nights as f64 * (1.0 - d));
        }
    }
    println!("{discounted:?}");
}
