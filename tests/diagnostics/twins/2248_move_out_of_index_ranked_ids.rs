//! mistake: moved a `String` out of `ids[i]` by indexing, reordering the ids by score
//! offending: ids[i]
//! category: ownership

fn main() {
    let ids: Vec<String> = vec!["P69905".into(), "P68871".into(), "P02144".into(), "Q9Y6K9".into()];
    let scores = [0.42, 0.97, 0.13, 0.66];
    let mut order: Vec<usize> = (0..ids.len()).collect();
    order.sort_by(|&a, &b| scores[b].partial_cmp(&scores[a]).unwrap());
    let ranked: Vec<String> = order.iter().map(|&i| ids[i]).collect();
    println!("{ranked:?}");
}
