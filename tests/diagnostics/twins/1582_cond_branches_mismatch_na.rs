//! mistake: a conditional element whose branches differ in type, a number or the string "n/a", as a Python column may mix
//! offending: "n/a"
//! category: type
struct Row {
    amount: f64,
}

fn main() {
    let rows = vec![Row { amount: 3.5 }, Row { amount: -1.0 }];
    let cells: Vec<_> = rows.iter().map(|r| if r.amount > 0.0 { r.amount } else { "n/a" }).collect();
    println!("{cells:?}");
}
