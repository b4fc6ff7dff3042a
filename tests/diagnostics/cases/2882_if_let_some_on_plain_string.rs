//! mistake: matched `Some(..)` against a coupon field that is a plain `String`
//! offending: Some(code)
//! category: type
use comprehensions::comp;

struct Order {
    id: u64,
    coupon_code: String,
}

fn main() {
    let orders = vec![
        Order { id: 1, coupon_code: "WELCOME5".into() },
        Order { id: 2, coupon_code: String::new() },
    ];
    let used = comp![(o.id, code.clone()) for o in &orders if let Some(code) = &o.coupon_code];
    println!("{used:?}");
}
