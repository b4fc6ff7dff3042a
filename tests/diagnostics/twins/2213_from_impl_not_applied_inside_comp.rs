//! mistake: expected the comprehension's `?` to convert `DbError` into the handler's `ApiError` through its `From` impl
//! offending: collect()
//! category: try

#[derive(Debug)]
struct User {
    id: u64,
    name: String,
}

#[derive(Debug)]
struct DbError(String);

#[derive(Debug)]
enum ApiError {
    Db(DbError),
    Unauthorized,
}

impl From<DbError> for ApiError {
    fn from(e: DbError) -> Self {
        ApiError::Db(e)
    }
}

struct Db;

impl Db {
    fn load_user(&self, id: u64) -> Result<User, DbError> {
        if id == 0 { Err(DbError("no such user".to_string())) } else { Ok(User { id, name: format!("user{id}") }) }
    }
}

fn list_members(db: &Db, ids: &[u64]) -> Result<Vec<User>, ApiError> {
    ids.iter().map(|id| db.load_user(*id)).collect()
}

fn main() {
    let _ = ApiError::Unauthorized;
    println!("{:?}", list_members(&Db, &[1, 2]));
}
