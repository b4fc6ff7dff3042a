//! mistake: the `.` of `.await` was deleted, `fetch(u)await`
//! offending: await
//! category: syntax
async fn fetch(u: &str) -> usize {
    u.len()
}

async fn run(urls: &[&str]) -> Vec<usize> {
    let mut out = Vec::new();
    for u in urls {
        out.push(fetch(u)await);
    }
    out
}

fn main() {
    println!("{:?}", futures::executor::block_on(run(&["a"])));
}
