//! mistake: put the outer `agent_name` String into every CSV row by value
//! offending: agent_name
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Row {
    mls: String,
    agent: String,
    price: u64,
}

struct Listing {
    mls: String,
    price: u64,
}

fn main() {
    let agent_name = String::from("Maria Lopez");
    let listings = vec![
        Listing { mls: "NC-1".into(), price: 385_000 },
        Listing { mls: "NC-2".into(), price: 412_000 },
    ];
    let rows = comp![Row { mls: l.mls.clone(), agent: agent_name, price: l.price } for l in &listings];
    println!("{rows:?}");
}
