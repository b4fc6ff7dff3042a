//! mistake: matched `Some(..)` against a coupon field that is a plain `String`
//! offending: Some(code)
//! category: type
struct Order {
    id: u64,
    coupon_code: String,
}

fn main() {
    let orders = vec![
        Order { id: 1, coupon_code: "WELCOME5".into() },
        Order { id: 2, coupon_code: String::new() },
    ];
    let mut used = Vec::new();
    for o in &orders {
        if let Some(code) = &o.coupon_code {
            used.push((o.id, code.clone()));
        }
    }
    println!("{used:?}");
}
