//! mistake: indexed the document store with a `u32` doc id instead of a `usize`
//! offending: h.doc_id
//! category: type

struct Doc {
    title: String,
}

struct Hit {
    doc_id: u32,
    score: f64,
}

fn main() {
    let docs = vec![Doc { title: "Inverted indexes".into() }, Doc { title: "BM25 explained".into() }];
    let hits = vec![Hit { doc_id: 1, score: 2.3 }, Hit { doc_id: 0, score: 1.1 }];
    let titles: Vec<&str> = hits.iter().filter(|h| h.score > 1.0).map(|h| docs[h.doc_id].title.as_str()).collect();
    println!("{titles:?}");
}
