//! mistake: compares a `char` from `char_indices()` with the string literal "\t" (Python has no char type)
//! offending: c == "\t"
//! category: python-habit

fn main() {
    let line = "name\tage\tcity";
    let mut tabs = Vec::new();
    for (i, c) in line.char_indices() {
        if c == "\t" {
            tabs.push(i);
        }
    }
    println!("tab columns: {tabs:?}");
}
