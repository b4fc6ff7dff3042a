//! mistake: Python's ", ".join(row) in the element
//! offending: join
//! category: python-habit
fn main() {
    let table = vec![
        vec!["id".to_string(), "name".to_string()],
        vec!["1".to_string(), "ann".to_string()],
    ];
    let csv: Vec<String> = table.iter().map(|row| ", ".join(row)).collect();
    println!("{}", csv.join("\n"));
}
