//! mistake: `?` on split_once thought to skip lines without '=': it makes the comprehension an Option (filter with `if let Some(..)`)
//! offending: line.split_once('=')?
//! category: try
use comprehensions::comp;

fn main() {
    let text = "host=db\n# comment\nport=5432";
    let pairs: Vec<(&str, &str)> = comp![line.split_once('=')? for line in text.lines()];
    println!("{:?}", pairs);
}
