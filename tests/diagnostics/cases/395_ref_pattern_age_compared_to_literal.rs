//! mistake: iterating &people binds age as &u32, compared with an integer literal
//! offending: age >= 18
//! category: type
use comprehensions::comp;

fn main() {
    let people: Vec<(String, u32)> = vec![("ann".to_string(), 31), ("bo".to_string(), 12)];
    // Python: adults = [name for name, age in people if age >= 18]
    let adults: Vec<&String> = comp![name for (name, age) in &people if age >= 18];
    println!("{:?}", adults);
}
