//! mistake: annotated `Vec<Standing>` for a filter over `&table`, which yields `&Standing`
//! offending: t for t in &table
//! category: type
use comprehensions::comp;

#[derive(Debug)]
struct Standing {
    name: String,
    points: u32,
}

fn main() {
    let table = vec![
        Standing { name: "Inter".into(), points: 94 },
        Standing { name: "Milan".into(), points: 75 },
    ];
    let leaders: Vec<Standing> = comp![t for t in &table if t.points > 80];
    println!("{leaders:?}");
}
