//! mistake: iterated a log stream with a plain `for` instead of `async for`
//! offending: stream
//! category: async
use comprehensions::acomp;

fn main() {
    futures::executor::block_on(async {
        let stream = futures::stream::iter(vec!["GET /a".to_string(), "POST /b".to_string()]);
        let sizes: Vec<usize> = acomp![l.len() for l in stream];
        println!("{sizes:?}");
    });
}
