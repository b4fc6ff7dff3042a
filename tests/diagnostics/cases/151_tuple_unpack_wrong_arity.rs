//! mistake: unpacking three names from rows that are (name, age) pairs, as Python's `for name, age, city in rows` would raise at run time
//! offending: (name, age, city)
//! category: type
use comprehensions::comp;

fn main() {
    let rows: Vec<(String, u32)> = vec![("ann".to_string(), 31), ("bob".to_string(), 17)];
    let adults = comp![format!("{name} ({city})") for (name, age, city) in rows if age >= 18];
    println!("{adults:?}");
}
