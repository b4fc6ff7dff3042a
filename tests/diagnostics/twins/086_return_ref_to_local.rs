//! mistake: returning `&str`s that borrow a String local to the function (hand-written)
fn load() -> String {
    "a=1\n# comment\nb=2".to_string()
}

fn settings<'a>() -> Vec<&'a str> {
    let contents = load();
    let mut out = Vec::new();
    for l in contents.lines() {
        if !l.starts_with('#') {
            out.push(l);
        }
    }
    out
}

fn main() {
    println!("{:?}", settings());
}
