//! mistake: Python's `isinstance(v, int)` filter translated as `isinstance(v, Value::Int)` on an enum
//! offending: isinstance
//! category: python-habit
use comprehensions::comp;

#[derive(Debug)]
enum Value {
    Int(i64),
    Text(String),
}

fn main() {
    let row = vec![Value::Int(3), Value::Text("n/a".to_string()), Value::Int(5)];
    // Python: ints = [v for v in row if isinstance(v, int)]
    let ints = comp![v for v in &row if isinstance(v, Value::Int)];
    println!("{ints:?}");
}
