//! mistake: iterated the `signatures` Vec by value in the inner `for`, consuming it on the first IP
//! offending: signatures
//! category: ownership
struct Signature {
    name: String,
    needle: &'static str,
}

fn main() {
    let payloads = vec!["GET /../../etc/passwd", "POST /login user=admin' OR 1=1--"];
    let signatures = vec![
        Signature { name: "path-traversal".into(), needle: "../" },
        Signature { name: "sqli".into(), needle: "' OR 1=1" },
    ];
    let mut hits = Vec::new();
    for p in &payloads {
        for s in signatures {
            if p.contains(s.needle) {
                hits.push((p, s.name));
            }
        }
    }
    println!("{hits:?}");
}
