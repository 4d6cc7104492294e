package dev.clio.console.common.logs;

import java.util.NoSuchElementException;

/** A fixed-capacity ring, oldest first; adding to a full ring is the caller's decision (see {@link #removeFirst}). */
final class Ring<T> {

    private final Object[] items;
    private int head;
    private int size;

    Ring(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        items = new Object[capacity];
    }

    int size() {
        return size;
    }

    int capacity() {
        return items.length;
    }

    void addLast(T item) {
        if (size == items.length) {
            throw new IllegalStateException("ring is full");
        }
        items[(head + size) % items.length] = item;
        size++;
    }

    @SuppressWarnings("unchecked")
    T get(int index) {
        if (index < 0 || index >= size) {
            throw new NoSuchElementException("index " + index + " of " + size);
        }
        return (T) items[(head + index) % items.length];
    }

    void removeFirst(int count) {
        int n = Math.min(count, size);
        for (int i = 0; i < n; i++) {
            items[(head + i) % items.length] = null;
        }
        head = (head + n) % items.length;
        size -= n;
    }

    void clear() {
        removeFirst(size);
        head = 0;
    }
}
