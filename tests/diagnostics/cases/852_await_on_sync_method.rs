//! mistake: awaits a method that is not async (`word_count` returns a plain `usize`) in an async method
//! offending: self.word_count(b).await
//! category: async
use comprehensions::acomp;

struct Archive {
    bodies: Vec<String>,
}

impl Archive {
    fn word_count(&self, body: &str) -> usize {
        body.split_whitespace().count()
    }

    async fn counts(&self) -> Vec<usize> {
        acomp![self.word_count(b).await for b in &self.bodies]
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let a = Archive { bodies: vec!["one two".into(), "three".into()] };
    println!("{:?}", a.counts().await);
}
