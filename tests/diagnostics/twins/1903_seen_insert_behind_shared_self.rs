//! mistake: recorded visited links with `self.seen.insert(..)` in a `&self` method (Python mutates `self.seen` anywhere)
//! offending: self.seen.insert(u.clone())
//! category: ownership
use std::collections::HashSet;

struct Crawler {
    seen: HashSet<String>,
}

impl Crawler {
    async fn fetch(&self, url: &str) -> usize {
        url.len()
    }

    async fn crawl(&self, links: Vec<String>) -> Vec<usize> {
        let mut out = Vec::new();
        for u in links {
            if self.seen.insert(u.clone()) {
                out.push(self.fetch(&u).await);
            }
        }
        out
    }
}

fn main() {
    let c = Crawler { seen: HashSet::new() };
    let links = vec!["http://a".to_string(), "http://a".to_string()];
    println!("{:?}", futures::executor::block_on(c.crawl(links)));
}
