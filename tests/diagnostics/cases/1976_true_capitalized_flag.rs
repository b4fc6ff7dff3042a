//! mistake: built a feature-flag dict with Python's capitalised `True` (`{name: True for name in ..}`)
//! offending: True
//! category: python-habit
use comprehensions::comp;

fn main() {
    let enabled = "color,verbose,json";
    let flags = comp!({name: True for name in enabled.split(',')});
    println!("{}", flags.len());
}
