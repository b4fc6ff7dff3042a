//! mistake: incremented a field through `iter()`, which yields shared references
//! offending: e.failures += 1
//! category: ownership

struct Endpoint {
    url: String,
    failures: u32,
}

fn main() {
    let mut endpoints = vec![
        Endpoint { url: "https://api/health".into(), failures: 0 },
        Endpoint { url: "https://web/health".into(), failures: 2 },
    ];
    let mut counts: Vec<u32> = Vec::new();
    for e in endpoints.iter() {
        if e.url.contains("api") {
            e.failures += 1;
            counts.push(e.failures);
        }
    }
    println!("{counts:?} {}", endpoints.len());
    endpoints.clear();
}
