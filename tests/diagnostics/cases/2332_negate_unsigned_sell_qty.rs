//! mistake: signed a sell's quantity with unary minus on an unsigned `u32`
//! offending: -f.qty
//! category: type
use comprehensions::comp;

#[derive(PartialEq)]
enum Side {
    Buy,
    Sell,
}

struct Fill {
    side: Side,
    qty: u32,
}

fn main() {
    let fills = vec![Fill { side: Side::Buy, qty: 200 }, Fill { side: Side::Sell, qty: 75 }, Fill { side: Side::Buy, qty: 10 }];
    let signed = comp![f.qty if f.side == Side::Buy else -f.qty for f in &fills];
    println!("net position: {:?}", signed);
}
