//! mistake: a nullable `Option<u32>` column compared to an integer, as Python compares a nullable field after a None check
//! offending: 18
//! category: type
use comprehensions::comp;

struct Row {
    id: i64,
    age: Option<u32>,
}

fn main() {
    let rows = vec![Row { id: 1, age: Some(34) }, Row { id: 2, age: None }];
    let adults: Vec<i64> = comp![r.id for r in &rows if r.age > 18];
    println!("{adults:?}");
}
