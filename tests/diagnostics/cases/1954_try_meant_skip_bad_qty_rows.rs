//! mistake: used `?` hoping to skip rows whose quantity does not parse (Python's `try/except: continue`), into a `Vec<u32>`
//! offending: r.qty.parse::<u32>()?
//! category: try
use comprehensions::comp;

struct Row {
    qty: String,
}

fn main() {
    let rows = vec![Row { qty: "3".into() }, Row { qty: "n/a".into() }];
    let qtys: Vec<u32> = comp![r.qty.parse::<u32>()? for r in &rows];
    println!("{qtys:?}");
}
