//! mistake: applies ? to an acomp! inside an async block whose error type is never stated, as a coroutine raises any exception
//! offending: Ok(nums.iter().sum::<i64>())
//! category: try
use comprehensions::acomp;

async fn parse(s: &str) -> Result<i64, std::num::ParseIntError> {
    s.trim().parse()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let inputs = vec!["12", " 7", "x"];
    let job = async {
        let nums = acomp![parse(s).await? for s in &inputs]?;
        Ok(nums.iter().sum::<i64>())
    };
    match job.await {
        Ok(total) => println!("total {total}"),
        Err(_) => eprintln!("bad input"),
    }
}
