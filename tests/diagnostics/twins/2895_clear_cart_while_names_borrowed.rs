//! mistake: cleared the cart while a list of borrowed product names from it was still in use
//! offending: cart.lines.clear()
//! category: ownership
struct Line {
    name: String,
    qty: u32,
}

struct Cart {
    lines: Vec<Line>,
}

fn main() {
    let mut cart = Cart {
        lines: vec![Line { name: "Espresso beans".into(), qty: 2 }, Line { name: "Grinder".into(), qty: 1 }],
    };
    let receipt_names: Vec<&String> = cart.lines.iter().filter(|l| l.qty > 0).map(|l| &l.name).collect();
    cart.lines.clear();
    println!("thank you for buying {receipt_names:?}");
}
