//! mistake: `while let Some(s) = scores.next()` on a lazy acomp stream without `.await`
//! offending: Some(s) = scores.next()
//! category: async
use comprehensions::acomp;
use futures::StreamExt;

async fn score(line: &str) -> usize {
    line.split(' ').count()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let lines = vec!["GET / 200".to_string(), "POST /login 401".to_string()];
    // Python: async for s in (await score(l) for l in lines): print(s)
    let mut scores = acomp!((score(l).await for l in &lines));
    while let Some(s) = scores.next() {
        println!("{s}");
    }
}
