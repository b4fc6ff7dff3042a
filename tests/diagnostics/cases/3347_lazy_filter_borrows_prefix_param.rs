//! mistake: returned a lazy filter that borrows the owned `prefix` parameter, without `move`
//! offending: prefix
//! category: ownership
use comprehensions::comp;

struct Paper {
    doi: String,
}

fn by_publisher(papers: &[Paper], prefix: String) -> impl Iterator<Item = &Paper> + '_ {
    comp!((p for p in papers if p.doi.starts_with(&prefix)))
}

fn main() {
    let papers = vec![Paper { doi: "10.1145/1".into() }, Paper { doi: "10.1007/2".into() }];
    let acm: Vec<&Paper> = by_publisher(&papers, "10.1145/".to_string()).collect();
    println!("{}", acm.len());
}
