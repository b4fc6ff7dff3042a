//! mistake: `elif` in a conditional element (Python has no `elif` there either, but people try it)
//! offending: elif
//! category: python-habit
use comprehensions::comp;

fn main() {
    let codes = vec![200, 404, 503];
    let kinds = comp!["ok" if c < 400 elif c < 500 "client" else "server" for c in &codes];
    println!("{kinds:?}");
}
