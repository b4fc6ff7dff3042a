//! mistake: iterated `docs` by value, then used it again in the log line
//! offending: docs.len()
//! category: ownership

struct Doc {
    id: u32,
    body: String,
}

fn main() {
    let docs = vec![Doc { id: 1, body: "rust search".into() }, Doc { id: 2, body: String::new() }];
    let mut bodies: Vec<String> = Vec::new();
    for d in docs {
        if !d.body.is_empty() {
            bodies.push(d.body);
        }
    }
    println!("indexed {} of {} docs", bodies.len(), docs.len());
}
