//! mistake: a Python block colon after the `for` clause's iterable, `for x in xs:` (no filter follows)
//! offending: :
//! category: python-habit
use comprehensions::comp;

fn main() {
    let temps = vec![21.5, 19.0, 23.25];
    let fahrenheit = comp![t * 9.0 / 5.0 + 32.0 for t in &temps:];
    println!("{fahrenheit:?}");
}
