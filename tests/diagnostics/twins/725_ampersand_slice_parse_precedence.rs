//! mistake: writes `&r.date[0..4].parse()` for the year, the `&` taking the parsed number instead of the slice
//! offending: &r.date[0..4].parse::<i32>().unwrap()
//! category: type
struct Sale {
    id: u32,
    date: String,
}

#[derive(Debug)]
struct Summary {
    id: u32,
    year: i32,
}

fn main() {
    let rows = vec![Sale { id: 1, date: "2024-03-01".to_string() }];
    let mut out = Vec::new();
    for r in &rows {
        out.push(Summary { id: r.id, year: &r.date[0..4].parse::<i32>().unwrap() });
    }
    println!("{out:?}");
}
