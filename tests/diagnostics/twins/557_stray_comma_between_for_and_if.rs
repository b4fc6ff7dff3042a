//! mistake: a stray comma left after the loop's iterable (hand-written)
//! offending: &entries,
struct Entry {
    ip: &'static str,
    status: u16,
}

fn main() {
    let entries = vec![Entry { ip: "10.0.0.1", status: 500 }, Entry { ip: "10.0.0.2", status: 200 }];
    let mut failing = Vec::new();
    for e in &entries, {
        if e.status >= 500 {
            failing.push(e.ip);
        }
    }
    println!("{failing:?}");
}
