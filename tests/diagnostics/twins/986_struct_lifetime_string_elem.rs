//! mistake: a struct with a lifetime holds `&'a str` names, but the element builds an owned `String`
//! offending: name.to_uppercase()
//! category: type

struct Report<'a> {
    title: &'a str,
    rows: Vec<(&'a str, u32)>,
}

fn build<'a>(title: &'a str, data: &'a [(String, u32)]) -> Report<'a> {
    let mut rows = Vec::new();
    for (name, n) in data {
        if *n > 0 {
            rows.push((name.to_uppercase(), *n));
        }
    }
    Report { title, rows }
}

fn main() {
    let data = vec![("eu".to_string(), 4), ("us".to_string(), 0)];
    let r = build("regions", &data);
    println!("{} {}", r.title, r.rows.len());
}
