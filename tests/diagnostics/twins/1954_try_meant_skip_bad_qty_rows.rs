//! mistake: used `?` hoping to skip rows whose quantity does not parse (Python's `try/except: continue`), into a `Vec<u32>`
//! offending: r.qty.parse::<u32>()?
//! category: try
struct Row {
    qty: String,
}

fn main() {
    let rows = vec![Row { qty: "3".into() }, Row { qty: "n/a".into() }];
    let mut qtys: Vec<u32> = Vec::new();
    for r in &rows {
        qtys.push(r.qty.parse::<u32>()?);
    }
    println!("{qtys:?}");
}
