//! mistake: a camelCase walrus target, `(lineLen := l.len())`
//! offending: lineLen
//! category: lint
use comprehensions::comp;

fn main() {
    let text = "short\na much longer line of text here";
    let long = comp![(i, lineLen) for (i, l) in text.lines().enumerate() if (lineLen := l.len()) > 10];
    println!("{long:?}");
}
