//! mistake: wrote `if Some(code) = ..` without `let` to unpack the gift card code
//! offending: Some(code) = &o.gift_card
//! category: syntax
struct Order {
    id: u64,
    gift_card: Option<String>,
}

fn main() {
    let orders = vec![Order { id: 1, gift_card: Some("GC-9X".into()) }, Order { id: 2, gift_card: None }];
    let mut redeemed = Vec::new();
    for o in &orders {
        if Some(code) = &o.gift_card {
            redeemed.push((o.id, code.clone()));
        }
    }
    println!("{redeemed:?}");
}
