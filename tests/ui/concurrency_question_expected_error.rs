// Under `concurrency`, an item's `?`s agree with the error type the
// comprehension is expected to have, as in the sequential form: a doubled
// `??` whose outer error is another type is one error, on that `?`.
use comprehensions::acomp;

#[derive(Debug)]
struct DbError;
#[derive(Debug)]
struct Elapsed;

async fn get_user(id: u32) -> Result<Result<String, DbError>, Elapsed> {
    Ok(Ok(format!("user{id}")))
}

async fn users(ids: Vec<u32>) -> Result<Vec<String>, DbError> {
    acomp![get_user(uid).await?? for uid in ids; concurrency = 4]
}

fn main() {
    let _ = users;
}
