//! mistake: a doubled `in` (`for x in in xs`)
//! offending: in in
//! category: syntax
use comprehensions::comp;

fn main() {
    let temps = vec![21.5, 19.0];
    let fahrenheit = comp![t * 9.0 / 5.0 + 32.0 for t in in temps];
    println!("{fahrenheit:?}");
}
