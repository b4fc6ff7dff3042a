use comprehensions::acomp;

async fn hits(page: u32) -> usize {
    page as usize
}

async fn run() {
    let xs = vec![1, 2, 3];
    let _ = acomp![x * 2 async for x in xs];
    // One error: after `async for` over a `Vec` of futures, the element
    // means their outputs; the comprehension's type is left unknown, not a
    // `Vec` of futures reported again where it is printed.
    let pending = vec![hits(1), hits(2)];
    let found = acomp![n async for n in pending];
    println!("{found:?}");
}

fn main() {}
