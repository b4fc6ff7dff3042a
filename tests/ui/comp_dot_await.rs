use comprehensions::comp;

async fn double(x: i32) -> i32 { x * 2 }

fn main() {
    let _ = comp![double(x).await for x in 0..3];
}
