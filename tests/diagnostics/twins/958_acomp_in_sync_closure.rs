//! mistake: an awaiting loop inside a plain `.map(|g| ..)` closure of an async fn: the closure is not async
//! offending: .await
//! category: async
async fn fetch(u: &str) -> usize {
    u.len()
}

async fn crawl(groups: &[Vec<&str>]) -> Vec<Vec<usize>> {
    groups
        .iter()
        .map(|g| {
            let mut v = Vec::new();
            for u in g {
                v.push(fetch(u).await);
            }
            v
        })
        .collect()
}

fn main() {
    let groups = vec![vec!["a", "bb"], vec!["ccc"]];
    println!("{:?}", futures::executor::block_on(crawl(&groups)));
}
