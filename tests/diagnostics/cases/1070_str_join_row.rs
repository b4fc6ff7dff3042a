//! mistake: Python's ", ".join(row) in the element
//! offending: join
//! category: python-habit
use comprehensions::comp;

fn main() {
    let table = vec![
        vec!["id".to_string(), "name".to_string()],
        vec!["1".to_string(), "ann".to_string()],
    ];
    let csv = comp![", ".join(row) for row in &table];
    println!("{}", csv.join("\n"));
}
