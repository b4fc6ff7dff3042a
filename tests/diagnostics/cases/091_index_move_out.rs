//! mistake: moving a `String` out of a Vec by index (`names[i]`)
//! offending: names[i]
//! category: ownership
use comprehensions::comp;

fn main() {
    let names = vec!["ana".to_string(), "bo".to_string(), "cy".to_string()];
    let order = [2, 0];
    let picked = comp![names[i] for i in order];
    println!("{picked:?}");
}
