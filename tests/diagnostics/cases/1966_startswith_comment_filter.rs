//! mistake: filtered comment lines with Python's `line.startswith("#")` instead of `starts_with`
//! offending: startswith
//! category: python-habit
use comprehensions::comp;

fn main() {
    let text = "# settings\nport=80\n# end\nhost=example.org";
    let settings: Vec<&str> = comp![line for line in text.lines() if !line.startswith("#")];
    println!("{settings:?}");
}
