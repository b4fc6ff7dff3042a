//! mistake: applies ? to an acomp! inside an async block whose error type is never stated, as a coroutine raises any exception
//! category: try
async fn parse(s: &str) -> Result<i64, std::num::ParseIntError> {
    s.trim().parse()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let inputs = vec!["12", " 7", "x"];
    let job = async {
        let mut nums = Vec::new();
        for s in &inputs {
            nums.push(parse(s).await?);
        }
        Ok(nums.iter().sum::<i64>())
    };
    match job.await {
        Ok(total) => println!("total {total}"),
        Err(_) => eprintln!("bad input"),
    }
}
