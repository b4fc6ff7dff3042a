//! mistake: Python's `isinstance(v, int)` filter translated as `isinstance(v, Value::Int)` on an enum (hand-written)
#[derive(Debug)]
enum Value {
    Int(i64),
    Text(String),
}

fn main() {
    let row = vec![Value::Int(3), Value::Text("n/a".to_string()), Value::Int(5)];
    let ints: Vec<&Value> = row.iter().filter(|v| isinstance(v, Value::Int)).collect();
    println!("{ints:?}");
}
