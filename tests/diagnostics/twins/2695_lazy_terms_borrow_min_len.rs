//! mistake: returned a lazy term filter that borrows the `min_len` parameter (no `move`)
//! offending: |t| t.len() >= min_len
//! category: ownership

struct Doc {
    body: String,
}

fn long_terms<'a>(doc: &'a Doc, min_len: usize) -> impl Iterator<Item = &'a str> + 'a {
    doc.body.split_whitespace().filter(|t| t.len() >= min_len)
}

fn main() {
    let doc = Doc { body: "a compact inverted index for fast search".into() };
    println!("{:?}", long_terms(&doc, 5).collect::<Vec<_>>());
}
