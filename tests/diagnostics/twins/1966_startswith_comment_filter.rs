//! mistake: filtered comment lines with Python's `line.startswith("#")` instead of `starts_with`
//! offending: startswith
//! category: python-habit
fn main() {
    let text = "# settings\nport=80\n# end\nhost=example.org";
    let mut settings: Vec<&str> = Vec::new();
    for line in text.lines() {
        if !line.startswith("#") {
            settings.push(line);
        }
    }
    println!("{settings:?}");
}
