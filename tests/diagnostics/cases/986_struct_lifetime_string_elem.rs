//! mistake: a struct with a lifetime holds `&'a str` names, but the element builds an owned `String`
//! offending: name.to_uppercase()
//! category: type
use comprehensions::comp;

struct Report<'a> {
    title: &'a str,
    rows: Vec<(&'a str, u32)>,
}

fn build<'a>(title: &'a str, data: &'a [(String, u32)]) -> Report<'a> {
    Report {
        title,
        rows: comp![(name.to_uppercase(), *n) for (name, n) in data if *n > 0],
    }
}

fn main() {
    let data = vec![("eu".to_string(), 4), ("us".to_string(), 0)];
    let r = build("regions", &data);
    println!("{} {}", r.title, r.rows.len());
}
